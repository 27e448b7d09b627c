"""fit7: a fitting set on three invented documents (regional strategy in Markdown, consultation response as PDF,
annual accounts as .docx)."""
