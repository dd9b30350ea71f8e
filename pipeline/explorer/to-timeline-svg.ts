import type { TimelineDigest } from './timeline-digest.js';
import { histogramSvg } from './timeline-histogram.js';
import { marksSvg } from './timeline-marks.js';

/**
 * timeline.svg, deterministic and bounded in size: every event on its own lane while there are
 * at most TIMELINE_MAX_EVENTS, else the incidents counted per day. With `inline` (the explorer
 * page), each event drawn is a focusable button with its event and document. Pure.
 */
export function toTimelineSvg(digest: TimelineDigest, inline = false): string {
  return digest.events === null ? histogramSvg(digest) : marksSvg(digest, inline);
}
