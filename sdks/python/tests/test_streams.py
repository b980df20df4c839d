"""Live streams through the SDK: events as they happen, a resumption with Last-Event-ID after the network drops,
close() from another thread, and a connection's stream that ends once the connection is deleted."""

import threading
import unittest
from typing import Iterator, List

import support
from parley import Parley
from parley.types import Event

phone = support.phones(7000)


def next_of_type(events: Iterator[Event], kind: str) -> Event:
    for event in events:
        if event["type"] == kind:
            return event
    raise AssertionError(f"the stream ended before a {kind} event")


class StreamsTest(unittest.TestCase):
    def test_events_stream_delivers_events_and_after_a_drop_resumes_with_last_event_id(self) -> None:
        relay = support.CuttableRelay(support.BASE_URL)
        self.addCleanup(relay.close)
        parley, signup = support.sign_up()
        through_relay = Parley(api_key=signup["api_key"]["secret"], base_url=relay.url)
        with through_relay.events.stream() as stream:
            events = iter(stream)
            first = parley.opt_outs.create(phone_number=phone())
            got = next_of_type(events, "opt_out.created")
            self.assertEqual(got["data"]["object"]["id"], first["id"])  # type: ignore[typeddict-item]

            relay.cut()  # the network drops
            missed = parley.opt_outs.create(phone_number=phone())
            resumed = next_of_type(events, "opt_out.created")
            self.assertEqual(resumed["data"]["object"]["id"], missed["id"], "the event sent while away arrives after the reconnection")  # type: ignore[typeddict-item]
            self.assertEqual(stream.reconnections, 1)
            self.assertEqual(stream.last_event_id, resumed["id"])
            heads = [head.lower() for head in relay.request_heads]
            self.assertEqual(len(heads), 2)
            self.assertNotIn("last-event-id", heads[0])
            self.assertIn(f"last-event-id: {got['id'].lower()}", heads[1])
        self.assertTrue(stream.closed)

    def test_close_from_another_thread_ends_the_iteration(self) -> None:
        parley, _ = support.sign_up()
        stream = parley.events.stream()
        types: List[str] = []
        errors: List[BaseException] = []

        def read() -> None:
            try:
                types.extend(event["type"] for event in stream)
            except BaseException as error:  # noqa: B902 - whatever escapes the iteration fails the test
                errors.append(error)

        reader = threading.Thread(target=read)
        reader.start()
        support.eventually(lambda: stream._iterating, bool)  # the reader is in the loop
        stream.close()
        reader.join(10)
        self.assertFalse(reader.is_alive(), "the reader is still blocked")
        self.assertEqual((types, errors), ([], []))

    def test_a_connections_stream_ends_without_an_error_once_the_connection_is_deleted(self) -> None:
        parley, _ = support.sign_up()
        connection = support.link_sandbox(parley, phone())
        types: List[str] = []
        with parley.connections.events(connection["id"]) as stream:
            for event in stream:
                types.append(event["type"])
                if event["type"] == "connection.state":
                    parley.connections.delete(connection["id"])
        # A linked number is logged out on the way.
        self.assertEqual(types, ["connection.state", "connection.logged_out", "connection.deleted"])


if __name__ == "__main__":
    unittest.main()
