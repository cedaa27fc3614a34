"""Dynasty 10 item pages of our own, saved as text from a browser, for the reader tests."""

from __future__ import annotations

from pathlib import Path


def saved_item(tmp_path: Path, lines: list[str]) -> Path:
    """An item page of our own, saved as text from a browser, under the service's chrome."""
    head = [
        "Dynasty tietopalvelu Haku RSS Esimerkkilän kunta",
        "",
        "RSS-linkki",
        "",
        "Kokousasiat:",
        "https://esimerkkila10.oncloudos.com:443/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30",
        "",
    ]
    path = tmp_path / "item.txt"
    path.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    return path
