"""The span and masked-word trainers on a tiny BERT: ``stancekit train mlm`` (block packing, BERT's corruption,
the head's solo warm-up) and ``stancekit train attribution`` (a checkpoint the learned extractor loads as trained)."""

from __future__ import annotations

import json

import pytest
import torch

from stancekit.training import attribution
from stancekit.training.classifier import default_base_model
from stancekit.training.mlm import HEAD_ONLY_STEPS, blocks, main, mask_tokens

TEXTS = ["The council voted on Tuesday to close the ferry line.", "Mayor Ana Lind said the vote was a mistake."]


@pytest.fixture(scope="module")
def tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(default_base_model())


@pytest.fixture(scope="module")
def tiny_encoder(tmp_path_factory, tokenizer):
    """A 1-layer BERT with a pooler and without a prediction head, as the sentence-embedding base comes."""
    from transformers import BertConfig, BertModel

    out = tmp_path_factory.mktemp("tiny_mlm")
    cfg = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=64)
    torch.manual_seed(0)
    BertModel(cfg).save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    return str(out)


def test_blocks_pack_documents_end_to_end(tokenizer):
    rows = blocks(TEXTS, tokenizer, 8)
    stream = []
    for text in TEXTS:
        stream += [*tokenizer(text, add_special_tokens=False)["input_ids"], tokenizer.sep_token_id]
    assert rows.shape == (len(stream) // 6, 8)
    assert (rows[:, 0] == tokenizer.cls_token_id).all() and (rows[:, -1] == tokenizer.sep_token_id).all()
    assert rows[:, 1:-1].flatten().tolist() == stream[: len(rows) * 6]


def test_mask_tokens_corrupts_only_ordinary_pieces(tokenizer):
    torch.manual_seed(3)
    ids = torch.randint(1000, len(tokenizer), (64, 256))
    ids[:, 0], ids[:, -1], ids[:, 100] = tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.sep_token_id
    ids[:8, 200:] = tokenizer.pad_token_id
    inputs, labels = mask_tokens(ids, tokenizer)
    chosen = labels != -100
    assert torch.equal(labels[chosen], ids[chosen])
    assert torch.equal(inputs[~chosen], ids[~chosen])  # what is not predicted is not touched
    special = torch.isin(ids, torch.tensor([tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.pad_token_id]))
    assert not (chosen & special).any()
    assert 0.14 < chosen.sum() / (~special).sum() < 0.16
    masked = (inputs == tokenizer.mask_token_id) & chosen
    kept = (inputs == ids) & chosen
    assert 0.78 < masked.sum() / chosen.sum() < 0.82
    assert 0.08 < kept.sum() / chosen.sum() < 0.12


def _encoder_and_head(path):
    from transformers import AutoModelForMaskedLM

    model = AutoModelForMaskedLM.from_pretrained(path, use_safetensors=True).float()
    encoder = {k: v.half() for k, v in model.base_model.state_dict().items()}
    return encoder, model.cls.predictions.transform.dense.weight.detach().half()


def test_the_new_head_warms_up_alone_then_the_encoder_learns(tiny_encoder, tmp_path):
    from safetensors import safe_open

    texts = tmp_path / "texts.jsonl"
    texts.write_text("".join(json.dumps({"text": t}) + "\n" for t in TEXTS * 4), encoding="utf-8")
    base, _ = _encoder_and_head(tiny_encoder)
    common = ["--base", tiny_encoder, "--texts", str(texts), "--batch-size", "2", "--max-length", "16",
              "--device", "cpu", "--threads", "1", "--epochs", "100"]
    assert main([*common, "--out", str(tmp_path / "early"), "--max-steps", "3"]) == 0
    early, early_head = _encoder_and_head(tmp_path / "early")
    assert all(torch.equal(early[k], base[k]) for k in base)  # the random head's first gradients stay out
    assert main([*common, "--out", str(tmp_path / "late"), "--max-steps", str(HEAD_ONLY_STEPS + 20)]) == 0
    late, late_head = _encoder_and_head(tmp_path / "late")
    assert not torch.equal(late["encoder.layer.0.attention.self.query.weight"],
                           base["encoder.layer.0.attention.self.query.weight"])
    assert not torch.equal(late_head, early_head)
    with safe_open(str(tmp_path / "late" / "model.safetensors"), "pt") as f:
        assert {f.get_tensor(k).dtype for k in f.keys()} == {torch.float16}
    from transformers import AutoModel, AutoModelForSequenceClassification

    # masked words never train the pooler: a sequence classifier gets the base's, not a random one
    pooler = AutoModelForSequenceClassification.from_pretrained(tmp_path / "late", num_labels=3).bert.pooler.dense
    assert torch.equal(pooler.weight.half(), AutoModel.from_pretrained(tiny_encoder).pooler.dense.weight.half())
    summary = json.loads((tmp_path / "late" / "training.json").read_text())
    assert summary["steps"] == HEAD_ONLY_STEPS + 20 and summary["texts"] == len(TEXTS) * 4


@pytest.mark.data
def test_the_span_trainer_leaves_a_checkpoint_the_extractor_loads_as_trained(tiny_encoder, data_dir, tmp_path):
    from safetensors import safe_open

    from stancekit.extract.learned import LearnedExtractor

    out = tmp_path / "tagger"
    assert attribution.main(["--base", tiny_encoder, "--data", str(data_dir), "--out", str(out), "--max-steps", "2",
                             "--batch-size", "2", "--max-length", "64", "--stride", "8", "--label-bias",
                             "B-CONTENT=-1", "--device", "cpu", "--threads", "1"]) == 0
    summary = json.loads((out / "training.json").read_text())
    assert [h["step"] for h in summary["dev_history"]] == [2] and summary["train_windows"] > 10_000
    with safe_open(str(out / "model.safetensors"), "pt") as f:
        assert {f.get_tensor(k).dtype for k in f.keys()} == {torch.float16}
    tagger = LearnedExtractor.load(out, device="cpu").tagger
    assert (tagger.max_length, tagger.overlap, tagger.label_bias) == (64, 8, {"B-CONTENT": -1.0})
