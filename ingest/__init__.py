"""Turn governing documents into cited chunks in Chroma and a Norwegian lexical index."""
