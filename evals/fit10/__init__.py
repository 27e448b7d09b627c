"""fit10: a fitting set on three invented documents (a delegation rule book as PDF, the protocol of an annual
meeting as .docx, a call for applications to a development fund as Markdown)."""
