"""Site paths joined from relative paths: the parts kept, anything leaving the site refused."""

from __future__ import annotations

import pytest

from paatosdata.errors import PublishError
from paatosdata.publish.layout import inside_path


@pytest.mark.parametrize(
    "relative",
    ["akn/x/28", "a", "a/b.c/d", "a/./b", "./a", "a//b", "a/", "x/.hidden/y", ".", "", "a/.b"],
)
def test_inside_path_joins_the_parts_it_keeps(relative: str) -> None:
    parts = [part for part in relative.split("/") if part not in ("", ".")]
    expected = "/srv/site/" + "/".join(parts) if parts else "/srv/site/"
    assert inside_path("/srv/site/", relative) == expected


@pytest.mark.parametrize("relative", ["/etc", "a/../b", "..", "a/b/..", "a\x00b"])
def test_inside_path_refuses_to_leave(relative: str) -> None:
    with pytest.raises(PublishError):
        inside_path("/srv/site", relative)
