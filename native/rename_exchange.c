/*
 * exchange(a, b): swaps two paths in one step with renameat2(RENAME_EXCHANGE) (Linux 3.15+),
 * so a published folder is replaced without a moment in which it is missing.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <node_api.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* The errno's name (the code Node gives its own system errors), so the caller can explain it. */
static const char *code_of(int e) {
  switch (e) {
    case EACCES: return "EACCES";
    case EBUSY: return "EBUSY";
    case EEXIST: return "EEXIST";
    case EINVAL: return "EINVAL";
    case EIO: return "EIO";
    case EISDIR: return "EISDIR";
    case ELOOP: return "ELOOP";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case ENOENT: return "ENOENT";
    case ENOSPC: return "ENOSPC";
    case ENOSYS: return "ENOSYS";
    case ENOTDIR: return "ENOTDIR";
    case ENOTEMPTY: return "ENOTEMPTY";
    case EPERM: return "EPERM";
    case EROFS: return "EROFS";
    case EXDEV: return "EXDEV";
    default: return "EIO";
  }
}

static napi_value Exchange(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  char a[4096], b[4096];
  size_t n;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 2) {
    napi_throw_type_error(env, NULL, "exchange: two paths expected");
    return NULL;
  }
  size_t m;
  napi_get_value_string_utf8(env, argv[0], a, sizeof a, &n);
  napi_get_value_string_utf8(env, argv[1], b, sizeof b, &m);
  /* a path that filled the buffer was cut: never rename what a cut path names */
  if (n >= sizeof a - 1 || m >= sizeof b - 1) {
    napi_throw_error(env, "ENAMETOOLONG", "exchange: path too long");
    return NULL;
  }
  if (syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) != 0) {
    int e = errno;
    char message[256];
    snprintf(message, sizeof message, "exchange: renameat2 failed: %s", strerror(e));
    napi_throw_error(env, code_of(e), message);
    return NULL;
  }
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "exchange", NAPI_AUTO_LENGTH, Exchange, NULL, &fn);
  napi_set_named_property(env, exports, "exchange", fn);
  return exports;
}
