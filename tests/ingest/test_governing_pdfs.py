"""Realistic governing PDFs written by the tests: statutes down to the ledd, a framework plan in
chapters (with a table and two columns), a Landsting protocol in saker with their sub-roles."""

import pdfgen
import pytest

from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.refs import refs_by_kind
from ingest.sentences import units
from ingest.structure import find_blocks, normalised_text


def chunks_of(path, kind):
    doc = load_document(path, DocumentInfo(path.stem, "Testdokument", kind))
    return doc, chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return chunks_of(pdfgen.write_governing_statutes(tmp_path_factory.mktemp("s") / "vedtekter.pdf"), "statutes")


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return chunks_of(pdfgen.write_governing_plan(tmp_path_factory.mktemp("p") / "rammeplan.pdf"), "framework plan")


@pytest.fixture(scope="module")
def protocol(tmp_path_factory):
    return chunks_of(pdfgen.write_governing_protocol(tmp_path_factory.mktemp("r") / "protokoll.pdf"), "resolutions")


def by_ref(chunks, ref):
    found = [c for c in chunks if c.ref == ref]
    assert found, f"no chunk for {ref}: {[c.ref for c in chunks]}"
    return found


def where(chunk, sentence):
    at = chunk.text.index(sentence)
    return chunk.ref_at(at, at + len(sentence)), chunk.page_at(at)


def test_statutes_every_paragraph_under_its_chapter_with_its_page(statutes):
    _, chunks = statutes
    assert refs_by_kind(c.ref for c in chunks) == {"§": ["§ 1", "§ 2", "§ 5", "§ 6", "§ 8", "§ 20"]}
    first = by_ref(chunks, "§ 1")[0]  # not swallowed by the "Kapittel 1" heading
    assert first.section == ("Kapittel 1 Innledende bestemmelser", "§ 1 Navn og sete") and first.page == 3
    assert by_ref(chunks, "§ 6")[0].section == ("Kapittel 2 Organer", "§ 6 Styret")
    assert [(c.page, c.page_end) for c in by_ref(chunks, "§ 20")] == [(5, 5)]


def test_contents_and_cover_pages_leave_no_chunks(statutes):
    doc, chunks = statutes
    text = normalised_text(doc)
    assert "......" not in text and "Versjon 4" not in text
    assert all(not c.text.lstrip()[:1].isdigit() for c in chunks)
    assert "Vedtekter for Norsk testråd" in text  # the document's own title stays


def test_ledd_over_a_page_break_is_cited_with_the_page_of_its_sentence(statutes):
    (chunk,) = by_ref(statutes[1], "§ 6")
    assert (chunk.page, chunk.page_end) == (3, 4)
    assert "minst fem av styremedlemmene\ner til stede" in chunk.text  # hyphen joined over the break
    assert where(chunk, "Styret er vedtaksført") == ("§ 6 (3)", 3)
    assert where(chunk, "Ved stemmelikhet avgjør lederens stemme.") == ("§ 6 (3)", 4)
    assert where(chunk, "Daglig leder har møte- og talerett i styret.") == ("§ 6 (5)", 4)
    assert chunk.ref_at(0, len(chunk.text)) == "§ 6"  # the whole § is still "§ 6"


def test_a_quote_over_a_page_break_cites_both_pages(statutes):
    from assistant.compose import to_citation
    from assistant.records import Hit

    (chunk,) = by_ref(statutes[1], "§ 6")
    start = chunk.text.index("Styret er vedtaksført")
    end = chunk.text.index("Ved stemmelikhet avgjør lederens stemme.") + len("Ved stemmelikhet avgjør lederens stemme.")
    across = to_citation(1, Hit(chunk, 1.0), chunk.text[start:end], start)
    assert (across.page, across.page_end, across.pages, across.ref) == (3, 4, "3–4", "§ 6 (3)")
    assert "s. 3–4" in across.location()
    within = to_citation(1, Hit(chunk, 1.0), "Styret er vedtaksført", start)
    assert (within.page, within.pages) == (3, "3")


def test_ledd_markers_start_their_own_sentence(statutes):
    (chunk,) = by_ref(statutes[1], "§ 6")
    texts = [u.text for u in units(chunk)]
    assert "(5) Daglig leder har møte- og talerett i styret." in texts
    assert not any(t.endswith("(5)") or " (5) " in t for t in texts)


def test_lettered_items_are_citable(statutes):
    (chunk,) = by_ref(statutes[1], "§ 8")
    assert where(chunk, "e) ansette daglig leder")[0] == "§ 8 (1) bokstav e"
    start = chunk.text.index("a) lede")
    assert chunk.ref_at(start, chunk.text.index("e) ansette")) == "§ 8 (1)"


def test_footnote_is_a_note_not_text_of_the_next_paragraph(statutes):
    doc, chunks = statutes
    (formaal,) = by_ref(chunks, "§ 2")
    assert "opplæringsloven i\nalle kommuner" in formaal.text  # marker "1" gone
    assert any("opplæringslova" in n for n in formaal.notes)
    assert all("opplæringslova" not in c.text for c in chunks)


def test_plan_headings_are_chapters_never_resolutions(plan):
    _, chunks = plan
    kinds = refs_by_kind(c.ref for c in chunks)
    assert kinds == {"kap.": ["kap. 1", "kap. 1.1", "kap. 3", "kap. 3.4", "kap. 4.1.1", "kap. 4.2"]}
    assert all(c.role != "resolution" for c in chunks)
    (fordypning,) = by_ref(chunks, "kap. 3.4")
    assert fordypning.section == ("3 Programområder", "3.4 Fordypningsprogrammet")
    assert by_ref(chunks, "kap. 4.1.1")[0].section == ("4.1.1 Lokal fagplan",)
    assert by_ref(chunks, "kap. 1.1")[0].section == ("1 Testskolens samfunnsoppdrag", "1.1 Testskolen i kommunen")


def test_table_rows_keep_their_columns(plan):
    # each row carries the header row's names (issue 16), one row per line with a visible separator
    (chunk,) = by_ref(plan[1], "kap. 3.4")
    assert "Program: Kjerne | Omfang: 60 min per uke | Målgruppe: Alle elever" in chunk.text.split("\n")
    row = "Program: Fordypning | Omfang: 120 min per uke | Målgruppe: Elever med høy motivasjon"
    assert row in [u.text for u in units(chunk)]
    # cells that wrap over several lines are put back together: the row stays one row
    wrapped = (
        "Program: Bredde | Omfang: Kurs og prosjekter i samarbeid med skolen og SFO | "
        "Målgruppe: Alle som vil prøve et kunstfag uten å søke opptak, også voksne i kommunen"
    )
    assert wrapped in [u.text for u in units(chunk)]


def test_two_columns_read_left_then_right(plan):
    (chunk,) = by_ref(plan[1], "kap. 4.1.1")
    assert chunk.page == 2
    assert chunk.text.index("arbeidsmåter.") < chunk.text.index("Fagplanen revideres")


def test_protocol_saker_with_their_roles(protocol):
    _, chunks = protocol
    assert refs_by_kind(c.ref for c in chunks) == {"sak": ["sak 5.1", "sak 5.2", "sak 5.3"]}
    roles = [(c.role, c.status) for c in by_ref(chunks, "sak 5.2")]
    assert roles == [("proposal", None), ("amendment", "adopted"), ("vote", None), ("resolution", None)]
    assert [(c.role, c.status) for c in by_ref(chunks, "sak 5.3")][1] == ("amendment", "rejected")
    assert all(c.section[0].startswith(f"Sak {c.ref[4:]}") for c in chunks if c.ref)


def test_sak_over_a_page_break_and_an_inline_resolution(protocol):
    chunks = by_ref(protocol[1], "sak 5.2")
    vote = next(c for c in chunks if c.role == "vote")
    assert (vote.page, vote.page_end) == (1, 2)
    resolution = next(c for c in chunks if c.role == "resolution")
    assert resolution.page == 2 and "med tillegget om digital" in resolution.text
    (inline,) = [c for c in by_ref(protocol[1], "sak 5.3") if c.role == "resolution"]
    assert inline.text == "Vedtak: Kontingenten økes med tre prosent fra 2026."
    assert [u.text for u in units(inline)] == ["Vedtak: Kontingenten økes med tre prosent fra 2026."]


def test_a_wrapped_paragraph_mention_is_not_a_heading(protocol):
    _, chunks = protocol
    assert not any(c.ref and c.ref.startswith("§") for c in chunks)
    amendment = next(c for c in chunks if c.role == "amendment")
    assert amendment.text.endswith("jf. vedtektene\n§ 20.")


@pytest.mark.parametrize("numbered", [True, False])
def test_two_columns_headed_side_by_side_are_prose_not_a_table(tmp_path, numbered):
    # two short headings on one baseline look like a table's header row, and the blank line between
    # paragraphs (at one height in both) like a new row; the running text under them is still read column by column
    left, right = ("2.1 Kunst som verdi", "2.3 Medvirkning") if numbered else ("Kunst som verdi", "Medvirkning")
    columns = pdfgen.Columns(
        (
            (
                left,
                "Testskolen bygger på at kunstnerisk uttrykk",
                "har verdi i seg selv. Opplevelse og skaping",
                "er likeverdige deler av opplæringen.",
                "",
                "Pris, avstand og informasjon kan være",
                "hindringer for at barn får delta i tilbudet.",
            ),
            (
                right,
                "Elevene skal ha innflytelse på sin egen",
                "opplæring, tilpasset alder og modenhet.",
                "Foresatte er viktige samarbeidspartnere.",
                "",
                "Medvirkning gjelder valg av repertoar.",
            ),
        )
    )
    path = pdfgen.write_layout_pdf(tmp_path / "plan.pdf", [["# 2 Verdigrunnlag", columns]])
    _, chunks = chunks_of(path, "framework plan")
    text = "\n".join(c.text for c in chunks)
    assert " | " not in text
    sentences = [" ".join(u.text.split()) for c in chunks for u in units(c)]
    assert "Pris, avstand og informasjon kan være hindringer for at barn får delta i tilbudet." in sentences
    flat = " ".join(text.split())
    # the right column follows the left one (its heading is body type here, so it joins the text)
    assert "Elevene skal ha innflytelse på sin egen opplæring, tilpasset alder og modenhet." in flat
    assert flat.index("delta i tilbudet.") < flat.index("Elevene skal")


def test_two_columns_under_short_labels_side_by_side_are_read_column_by_column(tmp_path):
    # "STATUS 2025" and "Tiltak 3.3 …" share a baseline and most lines are short, so the region looks
    # like a table whose cells wrap; it is written one column after the other, as text set in columns is
    columns = pdfgen.Columns(
        (
            (
                "STATUS 2025",
                "Det er inngått avtaler",
                "i fire fylker.",
                "Tiltak 3.1 Modell for samarbeid",
                "Det lages en modell.",
                "Frist: 15. juni 2026",
            ),
            (
                "Tiltak 3.3 Stipendordning",
                "Det opprettes et stipend",
                "for elever.",
                "Frist: 1. april 2026",
            ),
        )
    )
    path = pdfgen.write_layout_pdf(tmp_path / "plan.pdf", [["# Innsatsområde 3 Fordypning", columns]])
    doc, chunks = chunks_of(path, "strategy")
    flat = " ".join(" ".join(c.text for c in chunks).split())
    assert " | " not in flat
    assert "Tiltak 3.1 Modell for samarbeid Det lages en modell. Frist: 15. juni 2026" in flat
    assert flat.index("Frist: 15. juni 2026") < flat.index("Tiltak 3.3 Stipendordning")


def test_a_table_with_right_aligned_sums_and_wrapped_cells_keeps_one_row_per_line(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(pdfgen.FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Oversikt over tiltak og budsjett", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Tiltak", "Ansvar", "Budsjett (kr)"),
        ("1.1 Kartlegging av ventelister i alle kommuner", "Fagavdelingen", "250 000"),
        ("1.4 Kulturskoledagen", "Kommunikasjonsavdelingen og regionstyrene", "-"),
        ("2.1 Videreutdanning", "Fagavdelingen", "600 000"),
    ]
    pdf.set_font("Helvetica", size=9)
    with pdf.table(width=130, col_widths=(45, 55, 30), text_align=("LEFT", "LEFT", "RIGHT"), line_height=5) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "budsjett.pdf"
    pdf.output(str(path))
    _, chunks = chunks_of(path, "strategy")
    lines = [ln for c in chunks for ln in c.text.split("\n")]
    assert (
        "Tiltak: 1.1 Kartlegging av ventelister i alle kommuner | Ansvar: Fagavdelingen | Budsjett (kr): 250 000"
        in lines
    )
    assert (
        "Tiltak: 1.4 Kulturskoledagen | Ansvar: Kommunikasjonsavdelingen og regionstyrene | Budsjett (kr): -" in lines
    )


def test_a_centred_word_cell_and_a_worded_number_keep_their_row(tmp_path):
    # a Word-like table: names left, figures centred; "ikke målt" and "under 12 000" start inside the
    # column before their own
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(pdfgen.FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Indikatorer", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Indikator", "Hovedmål", "Utgangspunkt", "Mål 2030"),
        ("Andel barn i kulturskolen som har fått plass etter søknad", "1", "13,8 %", "18 %"),
        ("Antall barn på venteliste i kommunene", "1", "21 450", "under 12 000"),
        ("Andel kommuner som rapporterer ventelister", "3", "ikke målt", "100 %"),
        ("Statlig grunnstøtte per elev", "3", "310 kr", "500 kr"),
    ]
    pdf.set_font("Helvetica", size=9)
    centred = ("LEFT", "CENTER", "CENTER", "CENTER")
    with pdf.table(width=170, col_widths=(80, 25, 35, 30), text_align=centred, line_height=5) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "indikatorer.pdf"
    pdf.output(str(path))
    _, chunks = chunks_of(path, "strategy")
    lines = [ln for c in chunks for ln in c.text.split("\n")]
    waiting = "Indikator: Antall barn på venteliste i kommunene | Hovedmål: 1 | Utgangspunkt: 21 450"
    assert f"{waiting} | Mål 2030: under 12 000" in lines
    reporting = "Indikator: Andel kommuner som rapporterer ventelister | Hovedmål: 3"
    assert f"{reporting} | Utgangspunkt: ikke målt | Mål 2030: 100 %" in lines


def test_minutes_with_a_label_column_keep_each_label_with_its_value_and_the_saker_in_order(tmp_path):
    # meeting facts set as labels in a left column with their values beside them, one wrapping; a
    # sak before them ends in "Forslag til vedtak:" and "Vedtak:" as the sak after them does
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(pdfgen.FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)

    def text(line, size=10, style=""):
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

    text("Sak 35/27 Budsjett 2028", 11.5, "B")
    text("Forslag til vedtak:")
    text("Budsjettet for 2028 vedtas.")
    text("Vedtak:")
    text("Budsjettet for 2028 vedtas.")
    text("Regionstyremøte 5/2027", 13.5, "B")
    facts = [
        ("Tid:", "Torsdag 28. oktober 2027 kl. 12.00-15.30"),
        ("Sted:", "Teams"),
        ("Til stede:", "Gunnhild Saeterbakken (leder), Merete Vikhammer, Jostein Lillemoen, Silje Aarvik, Per Kolsto"),
        ("Forfall:", "Tobias Reinholt"),
        ("Fra administrasjonen:", "Maren Tveiten, regional raadgiver"),
    ]
    pdf.set_font("Helvetica", size=9.5)
    for label, value in facts:
        y = pdf.get_y()
        pdf.set_xy(25, y)
        pdf.cell(44, 5.2, label)
        pdf.set_xy(69, y)
        pdf.multi_cell(90, 5.2, value, new_x="LMARGIN", new_y="NEXT")
    text("Sak 36/27 Godkjenning av innkalling til Landstinget", 11.5, "B")
    text("2028", 11.5, "B")  # the heading wraps before its year
    text("Forslag til vedtak:")
    text("Innkalling godkjennes.")
    text("Vedtak:")
    text("Innkalling godkjennes.")
    path = tmp_path / "protokoll.pdf"
    pdf.output(str(path))
    _, chunks = chunks_of(path, "resolutions")
    lines = [ln for c in chunks for ln in c.text.split("\n")]
    assert "Sted: | Teams" in lines
    assert "Forfall: | Tobias Reinholt" in lines
    assert any(ln.startswith("Til stede: | Gunnhild Saeterbakken (leder)") and "Per Kolsto" in ln for ln in lines)
    assert all("2028" not in c.section for c in chunks)
    assert by_ref(chunks, "sak 36/27")[0].section[-2:] == (
        "Sak 36/27 Godkjenning av innkalling til Landstinget 2028",
        "Forslag til vedtak",
    )
    # both saker keep their proposal and resolution, each under its own sak
    for ref, resolution in (("sak 35/27", "Budsjettet for 2028 vedtas."), ("sak 36/27", "Innkalling godkjennes.")):
        texts = " ".join(c.text for c in by_ref(chunks, ref))
        assert "Forslag til vedtak:" in texts and "Vedtak:" in texts and resolution in texts


def test_a_ruled_table_whose_cells_wrap_and_centre_keeps_one_row_per_row_and_not_the_text_after_it(tmp_path):
    """A framework plan's table: cells wrap over two or three lines, and a short cell is centred in its row, half
    a line off the lines beside it. Each row is put back together, and the paragraph below the table stays a
    paragraph."""
    from fpdf import FPDF
    from fpdf.enums import VAlign

    pdf = FPDF(format="A4")
    pdf.set_creation_date(pdfgen.FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Tabell 3.1 gir en oversikt over programområdene.", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Programområde", "Målgruppe", "Omfang"),
        (
            "Breddeprogram",
            "Alle barn og unge fra 4 til 19 år, også uten forkunnskaper",
            "Kurs på 8-12 uker; grupper på inntil 16 elever",
        ),
        ("Kjerneprogram", "Elever fra 6 til 19 år som vil lære et fag over tid", "Minst 32 undervisningsuker"),
        ("Fordypningsprogram", "Elever med særlig motivasjon, normalt fra 12 år og eldre", "Minst 90 minutter"),
    ]
    pdf.set_font("Helvetica", size=8.5)
    with pdf.table(width=170, col_widths=(40, 70, 60), line_height=4.5, v_align=VAlign.M, padding=2) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.set_font("Helvetica", size=11)
    pdf.ln(6)
    pdf.multi_cell(0, 6, "Omfanget i tabellen er et minimum. Kommunen kan gi et større tilbud enn tabellen angir.")
    path = tmp_path / "rammeplan.pdf"
    pdf.output(str(path))
    _, chunks = chunks_of(path, "framework plan")
    lines = [ln for c in chunks for ln in c.text.split("\n")]
    assert (
        "Programområde: Breddeprogram | Målgruppe: Alle barn og unge fra 4 til 19 år, også uten forkunnskaper"
        " | Omfang: Kurs på 8-12 uker; grupper på inntil 16 elever" in lines
    )
    last = next(ln for ln in lines if ln.startswith("Programområde: Fordypningsprogram |"))
    assert last.endswith("Omfang: Minst 90 minutter")
    assert "Omfanget i tabellen er et minimum. Kommunen kan gi et større tilbud enn tabellen angir." in lines


def test_a_header_whose_cells_wrap_and_centre_names_each_row(tmp_path):
    # a consultation response's table: narrow columns, header cells over one to three lines, centred up and
    # down, so the header's lines start at different heights; the rows below are numbers
    page = [
        "# Høringssvar fra Testrådet",
        "Tabell 1 viser beregnet tap per kommunegruppe.",
        pdfgen.CentredTable(
            [
                ["Innbyggere i kommunen", "Antall kommuner", "Gjennomsnittlig elevavgift i dag (kr/år)", "Tap (kr)"],
                ["Under 3 000", "96", "3 350", "0"],
                ["3 000–9 999", "118", "3 820", "41 000"],
                ["10 000 og mer", "124", "4 300", "812 000"],
            ]
        ),
        "Samlet gir dette et inntektstap for kommunene.",
    ]
    doc, chunks = chunks_of(pdfgen.write_layout_pdf(tmp_path / "horing.pdf", [page]), "consultation")
    rows = [u.text for c in chunks for u in units(c) if "|" in u.text]
    assert rows[1] == (
        "Innbyggere i kommunen: 3 000–9 999 | Antall kommuner: 118 | "
        "Gjennomsnittlig elevavgift i dag (kr/år): 3 820 | Tap (kr): 41 000"
    )
    assert len(rows) == 3
    # the header's lines are no headings of their own
    assert not any("Antall" in " ".join(c.section) for c in chunks)
