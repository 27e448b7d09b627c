"""A scripted OpenAI-compatible chat server on 127.0.0.1 for tests of the generative answerer."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """One scripted reply: the assistant's text, or a raw body with a status, after a delay."""

    text: str = ""
    status: int = 200
    body: str | None = None
    delay: float = 0.0


Script = str | Reply | Callable[[dict], "str | Reply"]


class FakeLLM:
    """Serves POST /v1/chat/completions (JSON or SSE) from scripted replies; records requests."""

    def __init__(self, *replies: Script, default: Script | None = None):
        self.replies: deque[Script] = deque(replies)
        self.default = default
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeLLM:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def script(self, *replies: Script) -> None:
        """Queue more replies, served in order."""
        self.replies.extend(replies)

    def next_reply(self, request: dict) -> Reply:
        with self._lock:
            self.requests.append(request)
            script = self.replies.popleft() if self.replies else self.default
        if script is None:
            return Reply(status=500, body='{"error": {"message": "no scripted reply"}}')
        if callable(script):
            script = script(request)
        return script if isinstance(script, Reply) else Reply(text=script)

    def prompts(self) -> list[str]:
        """Each request's messages as one text, for asserting on what the model was told."""
        return ["\n".join(f"{m.get('role')}: {_content(m)}" for m in r.get("messages", [])) for r in self.requests]


def _content(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def _handler(fake: FakeLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                request = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                request = {"raw": raw.decode("utf-8", "replace")}
            request["path"] = self.path
            reply = fake.next_reply(request)
            if reply.delay:
                time.sleep(reply.delay)
            try:
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._send(404, "application/json", '{"error": {"message": "not found"}}')
                elif reply.body is not None or reply.status != 200:
                    self._send(reply.status, "application/json", reply.body or "")
                elif request.get("stream"):
                    self._stream(reply.text, request.get("model", "fake"))
                else:
                    body = json.dumps(_completion(reply.text, request))
                    self._send(200, "application/json", body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing to tell it

        def _send(self, status: int, content_type: str, body: str) -> None:
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, text: str, model: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            pieces = [text[i : i + 12] for i in range(0, len(text), 12)]
            for k, piece in enumerate(pieces):
                delta = {"role": "assistant", "content": piece} if k == 0 else {"content": piece}
                self._event(_chunk(model, delta, None))
            self._event(_chunk(model, {}, "stop"))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()

        def _event(self, payload: dict) -> None:
            self.wfile.write(f"data: {json.dumps(payload)}\n\n".encode())
            self.wfile.flush()

    return Handler


def _completion(text: str, request: dict) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "fake"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(model: str, delta: dict, finish: str | None) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
