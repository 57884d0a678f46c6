# urllib -- package holding urllib.parse (URL splitting, joining and quoting).
