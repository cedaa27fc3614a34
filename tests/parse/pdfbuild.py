"""Minimal PDF files for tests: text placed at given positions (Helvetica), or no text at all."""

from __future__ import annotations


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A PDF whose pages show each ``(x, y, text)`` in 10 pt Helvetica; an empty page list item
    gives a page that only draws a filled rectangle (as a scan has no text layer)."""
    objects: list[bytes] = []
    page_ids = []
    font_id = 3
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # pages, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for page in pages:
        if page:
            stream = b"".join(
                b"BT /F1 10 Tf %.1f %.1f Td (" % (x, y) + _escape(text) + b") Tj ET\n" for x, y, text in page
            )
        else:
            stream = b"0.5 g 50 50 400 600 re f\n"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id)
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def item_pdf() -> bytes:
    """A fictional two-page Tweb item: header, title, headings in the left column."""
    left, right = 56.0, 200.0
    first = [
        (left, 800, "Esimerkin kaupunki"),
        (400, 800, "Pöytäkirja"),
        (500, 800, "1 (2)"),
        (left, 786, "Ympäristölautakunta"),
        (300, 786, "§ 17"),
        (400, 786, "14.03.2024"),
        (right, 750, "Rantapuiston hoitosuunnitelma"),
        (left, 720, "Dno"),
        (right, 720, "ESIM/321/11.01.00/2024"),
        (left, 700, "Esittelyteksti"),
        (right, 700, "Rantapuiston hoitosuunnitelma on valmistunut. Suunnitelma"),
        (right, 688, "kattaa vuodet 2024-2028."),
        (right, 664, "Päätös perustuu hallintosäännön 30 §:ään."),
        (left, 640, "Liitteet"),
        (right, 640, "1 Hoitosuunnitelma"),
        (right, 628, "2 Kartta"),
        (left, 604, "Esittelijä"),
        (right, 604, "vs. ympäristöjohtaja Eeva Esittäjä"),
    ]
    second = [
        (left, 800, "Esimerkin kaupunki"),
        (400, 800, "Pöytäkirja"),
        (500, 800, "2 (2)"),
        (left, 760, "Päätösesitys"),
        (right, 760, "Lautakunta hyväksyy hoitosuunnitelman."),
        (left, 736, "Päätös"),
        (right, 736, "Hyväksyttiin yksimielisesti."),
        (left, 712, "Valmistelijat"),
        (right, 712, "Ympäristöpalvelut,"),
        (right, 700, "suunnittelija Sanna Suunnittelija puh. 040 000 0003 ja"),
        (right, 688, "puistopäällikkö Pertti Puisto puh. 040 000 0004"),
        (left, 664, "Täytäntöönpano-"),
        (right, 664, "Ote: Puistopalvelut"),
        (left, 652, "tiedot"),
        (right, 652, "Oikaisuvaatimusohje"),
    ]
    return build_pdf([first, second])
