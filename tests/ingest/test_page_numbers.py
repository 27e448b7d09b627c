"""Citations use the page number printed on the page; links into the PDF add the offset back."""

from fpdf import FPDF

from assistant import Assistant
from assistant.web.files import pdf_url
from ingest.index import Index
from ingest.loaders.cleanup import page_offset, printed_page_number
from ingest.pipeline import ingest
from ingest.settings import Settings


def test_printed_numbers_in_their_usual_shapes():
    cases = {"– 4 –": 4, "- 12 -": 12, "Side 3 av 7": 3, "side 5": 5, "Page 2 of 9": 2, "17": 17, "s. 8": 8}
    for footer, number in cases.items():
        assert printed_page_number(["Tekst på siden.", footer]) == number, footer
    assert printed_page_number(["Tekst på siden.", "Vedtatt 2024"]) is None


def test_offset_only_when_the_numbers_agree():
    cover = ["Rammeplan"]
    pages = [cover] + [["Tekst.", f"– {n} –"] for n in range(1, 5)]
    assert page_offset(pages) == 1
    assert page_offset([["Tekst.", "Side 1"], ["Tekst.", "Side 2"]]) == 0
    assert page_offset([cover, ["Tekst.", "– 7 –"], ["Tekst.", "Ingen nummer"]]) == 0  # one page is no evidence


def test_chunks_cite_the_printed_page_and_links_open_the_physical_one(tmp_path):
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=12)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.cell(0, 10, "Rammeplan for kulturskolen - utdrag")
    for n, text in enumerate(["Kulturskolen gir opplaering i musikk.", "Dansetilbudet gis i grupper paa tolv."], 1):
        pdf.add_page()
        pdf.set_y(30)
        pdf.multi_cell(0, 8, f"{n} Kapittel {n}\n\n{text}")
        pdf.set_y(-20)
        pdf.cell(0, 8, f"- {n} -", align="C")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    settings = Settings(home=tmp_path / "home")
    assert ingest(settings, [path]).failed == []
    index = Index.open(settings.home)
    [doc] = index.documents.values()
    assert doc.page_offset == 1
    dance = next(c for c in index.chunks.values() if "tolv" in c.text)
    page = dance.page_at(dance.text.index("Dansetilbudet"))
    assert page == 2  # printed "- 2 -" on the third sheet
    assert pdf_url(doc, page).endswith("#page=3")
    # an answer cites the printed page, and says where the page stands in the file
    answer = Assistant(settings).ask("Hvor store grupper gis dansetilbudet i?")
    cited = next(c for c in answer.citations if "tolv" in c.quote)
    assert (cited.page, cited.file_page) == (2, 3)
    assert "s. 2 (side 3 i PDF-filen)" in cited.location()
    first = next((c for c in answer.citations if "musikk" in c.quote), None)
    assert first is None or first.file_page == first.page + 1
