"""Where chunks live: a vector store (Chroma, embedded or server) and a lexical index beside it."""
