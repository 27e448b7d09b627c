"""fit9: a fitting set on three invented documents (an election committee's nomination as PDF, a budget with
notes as .docx, a working group's mandate as plain text)."""
