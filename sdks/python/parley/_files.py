"""Files going up (multipart uploads) and coming down (media, QR images)."""

import mimetypes
import os
import re
import uuid
from email.message import Message
from pathlib import Path
from typing import IO, Any, Dict, Optional, Tuple, Union
from urllib.parse import unquote

from ._options import NOT_GIVEN

#: What an upload accepts: bytes, a file opened in binary mode, or the path of a file.
FileInput = Union[bytes, bytearray, memoryview, IO[bytes], "os.PathLike[str]"]


class MultipartBody:
    """A `multipart/form-data` body, encoded once so every retry sends the same bytes."""

    def __init__(self, content: bytes, boundary: str) -> None:
        self.content = content
        self.content_type = f"multipart/form-data; boundary={boundary}"


def multipart_body(
    field: str,
    file: FileInput,
    filename: Optional[str] = None,
    content_type: Optional[str] = None,
) -> MultipartBody:
    """The body of an upload: `file` as the part named `field`."""
    content, own_name = _read(file)
    name = filename or own_name or "upload"
    kind = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    boundary = f"parley-{uuid.uuid4().hex}"
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{_quote(field)}"; filename="{_quote(name)}"\r\n'
        f"Content-Type: {kind}\r\n\r\n"
    ).encode("utf-8")
    return MultipartBody(head + content + f"\r\n--{boundary}--\r\n".encode("ascii"), boundary)


def json_or_multipart_body(
    field: str,
    file: Optional[FileInput],
    fields: Dict[str, Any],
    filename: Optional[str] = None,
    content_type: Optional[str] = None,
) -> Union[MultipartBody, Dict[str, Any]]:
    """A file upload when `file` is given, else the JSON `fields`."""
    if file is None:
        return fields
    given = sorted(name for name, value in fields.items() if value is not NOT_GIVEN)
    if given:
        raise TypeError(f"pass either a file or {', '.join(given)}, not both")
    return multipart_body(field, file, filename, content_type)


def _read(file: FileInput) -> Tuple[bytes, Optional[str]]:
    if isinstance(file, (bytes, bytearray, memoryview)):
        return bytes(file), None
    if isinstance(file, os.PathLike):
        path = Path(file)
        return path.read_bytes(), path.name
    if isinstance(file, str):
        raise TypeError("a str is ambiguous as an upload: pass pathlib.Path(...) for a file, or bytes for its content")
    read = getattr(file, "read", None)
    if read is None:
        raise TypeError(f"cannot upload a {type(file).__name__}: pass bytes, a binary file object or a pathlib.Path")
    content = read()
    if isinstance(content, str):
        raise TypeError("the file is open in text mode: open it with 'rb'")
    name = getattr(file, "name", None)
    return bytes(content), os.path.basename(name) if isinstance(name, str) else None


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\r", " ").replace("\n", " ")


class Download:
    """A downloaded file (media, a QR image): its bytes, type and name."""

    def __init__(self, content: bytes, headers: Message) -> None:
        #: The file's bytes.
        self.content = content
        self.headers = headers

    @property
    def content_type(self) -> Optional[str]:
        """The `Content-Type`, such as `image/png`."""
        return self.headers.get("content-type")

    @property
    def filename(self) -> Optional[str]:
        """The file name from `Content-Disposition`, when Parley sent one."""
        return filename_of(self.headers.get("content-disposition"))

    @property
    def size(self) -> int:
        return len(self.content)

    def text(self, encoding: Optional[str] = None) -> str:
        charset = re.search(r"charset=([\w-]+)", self.content_type or "")
        return self.content.decode(encoding or (charset.group(1) if charset else "utf-8"))

    def save(self, path: "Union[str, os.PathLike[str]]") -> Path:
        """Writes the bytes to `path` and returns it."""
        target = Path(path)
        target.write_bytes(self.content)
        return target

    def __repr__(self) -> str:
        return f"<Download {self.content_type} {self.size} bytes filename={self.filename!r}>"


def filename_of(disposition: Optional[str]) -> Optional[str]:
    if not disposition:
        return None
    extended = re.search(r"filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)", disposition)
    if extended:
        return unquote(extended.group(1).strip())
    plain = re.search(r'filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))', disposition)
    if not plain:
        return None
    if plain.group(1) is not None:
        return re.sub(r"\\(.)", r"\1", plain.group(1))
    return plain.group(2).strip()
