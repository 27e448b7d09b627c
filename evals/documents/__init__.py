"""Invented governing-document PDFs and checks for the evaluation question set."""
