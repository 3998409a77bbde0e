"""WARC files built with warcio in the tests."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

Entry = tuple[str, str, bytes]  # (URI, content type, payload)


def write_warc(path: Path, entries: list[Entry], *, gzip: bool = True) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for uri, ctype, body in entries:
            get = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            req = writer.create_warc_record(
                uri, "request", payload=BytesIO(b""), length=0, http_headers=get
            )
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(rec)
    return path
