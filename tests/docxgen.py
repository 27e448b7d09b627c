"""Word documents the tests write with python-docx."""

from docx import Document


def accounts_docx(path):
    """Annual accounts: a results table whose rows name their notes, then "Note 1" … "Note 3" as headings."""
    doc = Document()
    doc.add_heading("Årsregnskap 2027 for Testregionen", level=0)
    doc.add_heading("Resultatregnskap", level=1)
    table = doc.add_table(rows=3, cols=4)
    for row, cells in zip(
        table.rows,
        (
            ("Post", "Note", "2027", "2026"),
            ("Lønnskostnader", "2", "1 840 000", "1 712 500"),
            ("Andre driftskostnader", "3", "412 300", "(98 000)"),
        ),
        strict=True,
    ):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    doc.add_heading("Noter til regnskapet", level=1)
    doc.add_heading("Note 1 Regnskapsprinsipper", level=2)
    doc.add_paragraph("Regnskapet er satt opp etter regnskapsloven og god regnskapsskikk for små foretak.")
    doc.add_heading("Note 2 Lønnskostnader", level=2)
    doc.add_paragraph("Regionen hadde 2,4 årsverk i 2027. Daglig leder fikk 712 000 kroner i lønn.")
    doc.add_heading("Note 3 Andre driftskostnader", level=2)
    doc.add_paragraph("Husleie utgjorde 96 000 kroner, jf. note 2 om fordelingen av lønn.")
    doc.save(path)
    return path
