"""fit8: a fitting set on three invented documents (ethics guidelines as PDF, a cooperation agreement as
.docx, a yearly calendar ("årshjul") in Markdown)."""
