"""A stand-in for llama.cpp's server that dies the way a natively built one does on some CPUs.

It answers ``GET /v1/models``, prints a log line, and on its first chat completion kills
itself with SIGSEGV. ``--die-at-start`` makes it exit with status 3 before listening.
Used by tests/reliability/test_local_server_death.py through ``LocalServer(command=...)``.
"""

import argparse
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--die-at-start", action="store_true")
args = parser.parse_args()
print("llama_model_loader: loaded meta data from stand-in", flush=True)
print(f"omp: OMP_WAIT_POLICY={os.environ.get('OMP_WAIT_POLICY')}", flush=True)  # what the child was given
if args.die_at_start:
    print("error: failed to load model", flush=True)
    sys.exit(3)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"object": "list", "data": [{"id": "gemma-3-270m"}]}).encode()
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        print("ggml_compute_forward: running the first completion", flush=True)
        os.kill(os.getpid(), signal.SIGSEGV)

    def log_message(self, *args: object) -> None:
        pass


signal.signal(signal.SIGSEGV, signal.SIG_DFL)
HTTPServer(("127.0.0.1", args.port), Handler).serve_forever()
