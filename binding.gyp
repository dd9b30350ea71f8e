{
  "targets": [
    {
      "target_name": "rename_exchange",
      "sources": ["native/rename_exchange.c"]
    }
  ]
}
