"""The Universal Sentence Encoder's forward pass for one text as an ONNX graph run by onnxruntime.

Why: a feed item is encoded on its own, and the package's numpy pass spends a lead's time on
small matrix products through OpenBLAS, which on this kind of CPU picks its AVX2 kernels, plus
the numpy glue around them (gathers, layer norms, a window index built per call).  The same
arithmetic as one onnxruntime graph (its own CPU kernels, each n-gram window layer as one
product of the zero-padded rows' shifted slices side by side, which is what the package's window
index builds for one text) runs a lead in about half the time of the numpy pass
(benchmarks/stories.py, docs/stories.md).

The graph is built at first use from the weights the package has already loaded (nothing is
downloaded or written to disk); only the embedding lookup stays in numpy, so the 65 MB table is
not copied.  Vectors equal the package's to within 2e-6 per dimension (1,543 news leads,
docs/stories.md; ``tests/test_stories.py`` holds it to 1e-5).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: (n-gram order, left context) of the package's three convolution branches
_ORDERS = ((2, 0), (3, 1), (5, 2))
_CNN_DIM = 256
_NUM_CHUNKS = 17  # the package stores its embedding table in 17 quantised chunks
#: a Slice end past any text's length
_TO_END = 2**31 - 1


class OneTextGraph:
    """Encodes one text at a time with the package's weights (``backend``: its numpy backend)."""

    def __init__(self, backend: Any, tokenizer: Any) -> None:
        import onnxruntime as ort

        self._backend = backend
        self._tokenizer = tokenizer
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # as the BLAS: small products, a busy machine
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            _graph(backend), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, text: str) -> npt.NDArray[np.float32]:
        """The unnormalised vector of one text (as the package's ``encode`` computes it)."""
        import numpy as np

        be = self._backend
        ids = np.asarray(
            self._tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True), dtype=np.int64
        )
        chunk = ids % _NUM_CHUNKS
        emb = be.table[ids].astype(np.float32)
        emb *= be.scale[chunk, None]
        emb += be.lo[chunk, None]
        count = np.array([[len(ids)]], dtype=np.float32)
        out = self._session.run(
            None, {"emb": emb, "count": count, "inv_sqrt": np.reciprocal(np.sqrt(count))}
        )
        vector: npt.NDArray[np.float32] = out[0][0]
        return vector


def _graph(be: Any) -> bytes:
    """The package's ``_encode_batch`` for one text, op for op."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    weights: list[Any] = []
    nodes: list[Any] = []

    def const(name: str, value: Any) -> str:
        weights.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(kind: str, inputs: list[str], output: str, **attributes: Any) -> str:
        nodes.append(helper.make_node(kind, inputs, [output], **attributes))
        return output

    eps = float(be.eps)
    const("axis0", np.array([0], np.int64))
    const("axis1", np.array([1], np.int64))
    x = op("MatMul", ["emb", const("proj_W", be.proj_W)], "projected")
    x = op("Add", [x, const("proj_b", be.proj_b)], "projected_b")
    x = op(
        "LayerNormalization",
        [x, const("ln_g_all", be.ln_g_all), const("ln_b_all", be.ln_b_all)],
        "x",
        axis=-1,
        epsilon=eps,
    )
    branches = []
    for i, (n, left) in enumerate(_ORDERS):
        lo = const(f"from{i}", np.array([i * _CNN_DIM], np.int64))
        hi = const(f"to{i}", np.array([(i + 1) * _CNN_DIM], np.int64))
        h = op("Slice", [x, lo, hi, "axis1"], f"xs{i}")
        for layer, (w, b) in enumerate(((be.w1[i], be.b1[i]), (be.w2[i], be.b2[i]))):
            # the package's window row t is x[t-left .. t-left+n-1] side by side, zero rows
            # beyond the ends: the rows padded, n shifted slices concatenated, one product with
            # the package's own (n * 256, 256) weights.  One GEMM of the whole window ran about
            # 9 % faster than the same arithmetic as a 1-D Conv (im2col in channel-first
            # layout, two transposes per branch), same vectors to 2.4e-6.
            pads = const(f"pads{layer}_{i}", np.array([left, 0, n - 1 - left, 0], np.int64))
            padded = op("Pad", [h, pads], f"padded{layer}_{i}")
            shifted = []
            for shift in range(n):
                name = f"{layer}_{i}_{shift}"
                start = const(f"start{name}", np.array([shift], np.int64))
                # the last slice runs to the end; the others stop n-1-shift rows before it
                stop = const(f"stop{name}", np.array([shift - n + 1 or _TO_END], np.int64))
                shifted.append(op("Slice", [padded, start, stop, "axis0"], f"w{name}"))
            windows = op("Concat", shifted, f"windows{layer}_{i}", axis=1)
            product = op("MatMul", [windows, const(f"k{layer}_{i}", w)], f"mm{layer}_{i}")
            product = op("Add", [product, const(f"kb{layer}_{i}", b)], f"conv{layer}_{i}")
            h = op("Add", [op("Relu", [product], f"relu{layer}_{i}"), h], f"h{layer}_{i}")
        branches.append(h)
    feats = op("Concat", ["emb", *branches], "feats_raw", axis=1)
    feats = op(
        "LayerNormalization",
        [feats, const("ln_g", be.ln_g), const("ln_b", be.ln_b)],
        "feats",
        axis=-1,
        epsilon=eps,
    )
    # sum over the tokens, then project (the package's order), scaled by 1/sqrt(tokens)
    total = op("ReduceSum", [feats, "axis0"], "total", keepdims=1)
    mean = op("MatMul", [total, const("cnn_W", be.cnn_W)], "cnn")
    bias = op("Mul", ["count", const("cnn_b", be.cnn_b.reshape(1, -1))], "cnn_bias")
    mean = op("Mul", [op("Add", [mean, bias], "cnn_sum"), "inv_sqrt"], "mean")
    for k in ("d0", "d1", "d2", "d3", "p1", "p3"):
        const(k, getattr(be, k))
    y0 = op("Relu", [op("MatMul", [mean, "d0"], "y0_in")], "y0")
    y1 = op("Add", [op("MatMul", [mean, "p1"], "y1_a"), op("MatMul", [y0, "d1"], "y1_b")], "y1_in")
    y1 = op("Relu", [y1], "y1")
    y2 = op("Relu", [op("MatMul", [y1, "d2"], "y2_in")], "y2")
    z = op("Add", [op("MatMul", [y1, "p3"], "z_a"), op("MatMul", [y2, "d3"], "z_b")], "z_in")
    op("Tanh", [z], "z")
    graph = helper.make_graph(
        nodes,
        "use_multilingual_v3_one_text",
        [
            helper.make_tensor_value_info("emb", TensorProto.FLOAT, ["tokens", 512]),
            helper.make_tensor_value_info("count", TensorProto.FLOAT, [1, 1]),
            helper.make_tensor_value_info("inv_sqrt", TensorProto.FLOAT, [1, 1]),
        ],
        [helper.make_tensor_value_info("z", TensorProto.FLOAT, [1, 512])],
        weights,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8  # what onnxruntime releases since 1.14 read
    out: bytes = model.SerializeToString()
    return out
