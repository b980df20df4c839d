"""Auto-pagination, uploads and downloads, the QR code in each format, a bulk job's CSV results, the contacts
import and raw responses, against a real Parley."""

import io
import tempfile
import unittest
from pathlib import Path

import support
from parley import APIResponse, Download, Page

phone = support.phones(6000)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class PaginationTest(unittest.TestCase):
    def test_iterating_a_list_walks_every_item_across_pages_and_a_page_knows_its_next(self) -> None:
        proxy = support.FaultProxy()
        parley, _ = support.sign_up(base_url=proxy.url)
        numbers = [phone() for _ in range(25)]
        for number in numbers:
            parley.contacts.create(phone_number=number)

        proxy.reset()
        seen = [contact["phone_number"] for contact in parley.contacts.list(limit=10)]
        self.assertEqual(sorted(seen), sorted(numbers))
        self.assertEqual(len(proxy.requests("GET", "/v1/contacts")), 3, "three pages of 10, 10 and 5")

        first = parley.contacts.list(limit=10)
        self.assertIsInstance(first, Page)
        self.assertEqual(len(first.data), 10)
        self.assertTrue(first.has_next_page())
        second = first.get_next_page()
        third = second.get_next_page()
        self.assertEqual([len(second.data), len(third.data), third.has_more, third.has_next_page()], [10, 5, False, False])
        self.assertEqual(len(list(second.auto_paging_iter())), 15, "from the second page to the end")
        backwards = parley.contacts.list(limit=10, ending_before=third.data[0]["id"])
        self.assertEqual([c["id"] for c in backwards.data], [c["id"] for c in second.data])
        walked_back = [c["id"] for c in backwards]
        self.assertEqual(walked_back, [c["id"] for c in first.data + second.data][::-1], "read backwards to the start, in reverse order")


class FilesTest(unittest.TestCase):
    def test_media_goes_up_from_bytes_a_file_or_a_path_and_comes_down_byte_for_byte(self) -> None:
        parley, _ = support.sign_up()
        pattern = bytes((index * 31) % 256 for index in range(4096))
        from_bytes = parley.media.upload(pattern, filename="pattern.bin", content_type="application/octet-stream")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "table.csv"
            path.write_bytes(b"a,b\n1,2\n")
            from_path = parley.media.upload(path)
            with path.open("rb") as opened:
                from_file = parley.media.upload(opened, content_type="text/csv")
        from_stream = parley.media.upload(io.BytesIO(pattern), filename="streamed.bin")

        download = parley.media.download(from_bytes["id"])
        self.assertIsInstance(download, Download)
        self.assertEqual(download.content, pattern)
        self.assertEqual(download.content_type, "application/octet-stream")
        self.assertEqual(download.filename, "pattern.bin")
        csv = parley.media.download(from_path["id"])
        self.assertRegex(csv.content_type or "", r"^text/csv")
        self.assertEqual((csv.text(), csv.filename), ("a,b\n1,2\n", "table.csv"))
        self.assertEqual(parley.media.download(from_file["id"]).filename, "table.csv")
        self.assertEqual(parley.media.download(from_stream["id"]).content, pattern)
        with self.assertRaisesRegex(TypeError, "pathlib.Path"):
            parley.media.upload("table.csv")  # type: ignore[arg-type]

    def test_the_qr_code_comes_as_json_by_default_as_a_png_and_as_an_svg(self) -> None:
        parley, _ = support.sign_up()
        created = parley.connections.create(name="QR")
        support.follow_connection(parley, created["id"], lambda c: c["status"] == "qr")
        self.assertIsInstance(parley.connections.qr(created["id"])["qr"], str)
        png = parley.connections.qr(created["id"], format="png")
        self.assertEqual(png.content_type, "image/png")
        self.assertEqual(png.content[:8], PNG_SIGNATURE)
        svg = parley.connections.qr(created["id"], format="svg")
        self.assertRegex(svg, r"^(<\?xml[^>]*>\s*)?<svg")

    def test_a_bulk_job_from_an_uploaded_csv_of_recipients_and_its_results_as_csv_text(self) -> None:
        parley, _ = support.sign_up()
        connection = support.link_sandbox(parley, phone())
        ada, bo, cy = phone(), phone(), phone()
        recipients = parley.media.upload(f"phone_number,name\n{ada},Ada\n{bo},Bo\n{cy},Cy\n".encode(), filename="recipients.csv")
        job = parley.bulk_jobs.create(
            connection_ids=[connection["id"]], type="text", text={"body": "Hello"}, recipients_csv={"media_id": recipients["id"]}
        )
        support.eventually(lambda: parley.bulk_jobs.retrieve(job["id"]), lambda j: j["status"] == "completed")
        results = parley.bulk_jobs.results(job["id"])
        lines = results.strip().splitlines()
        self.assertEqual(len(lines), 4, results)
        self.assertTrue(any(ada in line for line in lines) and any(bo in line for line in lines), results)
        statuses = {r["phone_number"]: r["status"] for r in parley.bulk_jobs.list_recipients(job["id"], limit=1)}
        self.assertEqual(set(statuses), {ada, bo, cy}, "recipients auto-page too")
        from_after = [r["phone_number"] for r in parley.bulk_jobs.list_recipients(job["id"], limit=1, after=0)]
        self.assertEqual(from_after, [bo, cy], "a walk begun with the deprecated after goes on with ids")

    def test_contacts_import_takes_json_rows_or_a_csv_file_but_not_both(self) -> None:
        parley, _ = support.sign_up()
        json_import = parley.contacts.import_(contacts=[{"phone_number": phone(), "name": "Ada"}])
        self.assertEqual((json_import["format"], json_import["created"]), ("json", 1))
        csv = f"phone_number,name\n{phone()},Bo\n{phone()},Cy\n".encode()
        csv_import = parley.contacts.import_(csv, filename="contacts.csv", content_type="text/csv")
        self.assertEqual((csv_import["format"], csv_import["created"]), ("csv", 2))
        with self.assertRaisesRegex(TypeError, "either a file or contacts"):
            parley.contacts.import_(csv, contacts=[{"phone_number": phone()}])


class RawResponseTest(unittest.TestCase):
    def test_with_raw_response_gives_the_data_with_status_headers_request_id_and_rate_limit(self) -> None:
        parley, signup = support.sign_up()
        raw = parley.with_raw_response.account.retrieve()
        self.assertIsInstance(raw, APIResponse)
        self.assertEqual((raw.status, raw.data["id"]), (200, signup["account"]["id"]))
        self.assertRegex(raw.request_id or "", r"^req_")
        self.assertEqual(raw.headers["Request-Id"], raw.request_id, "headers are case-insensitive")
        rate_limit = raw.rate_limit
        assert rate_limit is not None
        self.assertEqual(rate_limit.remaining, int(raw.headers["RateLimit-Remaining"]))
        self.assertGreater(rate_limit.limit, rate_limit.remaining)
        self.assertGreaterEqual(rate_limit.reset, 0)

        created = parley.with_raw_response.opt_outs.create(phone_number=phone(), idempotency_key="raw-opt-out")
        self.assertEqual((created.status, created.data["object"]), (201, "opt_out"))
        page = parley.with_raw_response.opt_outs.list(limit=1)
        self.assertEqual([o["id"] for o in page.data], [created.data["id"]])


if __name__ == "__main__":
    unittest.main()
