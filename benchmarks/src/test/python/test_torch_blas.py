"""torch_blas's classification on recorded torch.__config__.show() texts and /proc/self/maps excerpts; no torch."""
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))
import torch_blas  # noqa: E402


def fixture(name):
    with open(os.path.join(HERE, "fixtures", name)) as f:
        return f.read()


class ClassifyTest(unittest.TestCase):
    def test_debian_generic_build_with_openblas_as_libblas_is_openblas(self):
        maps = torch_blas.mapped_paths(fixture("maps-openblas.txt"))
        self.assertEqual("openblas", torch_blas.classify(fixture("debian-1.13-generic.txt"), maps))

    def test_debian_generic_build_with_the_reference_libblas_is_reference(self):
        maps = torch_blas.mapped_paths(fixture("maps-reference.txt"))
        self.assertEqual("reference", torch_blas.classify(fixture("debian-1.13-generic.txt"), maps))

    def test_a_build_that_names_openblas_needs_no_maps(self):
        self.assertEqual("openblas", torch_blas.classify(fixture("openblas-build.txt"), []))

    def test_mkl_build(self):
        self.assertEqual("mkl", torch_blas.classify("  - Build settings: BLAS_INFO=mkl, LAPACK_INFO=mkl,", []))

    def test_generic_build_with_no_blas_mapped_is_unknown(self):
        self.assertEqual("unknown", torch_blas.classify(fixture("debian-1.13-generic.txt"), ["/usr/lib/libc.so.6"]))

    def test_maps_keeps_file_paths_only(self):
        paths = torch_blas.mapped_paths(fixture("maps-reference.txt"))
        self.assertEqual(["/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0",
                          "/usr/lib/x86_64-linux-gnu/libtorch_cpu.so.1.13"], paths)


class OpenBlasCoreTest(unittest.TestCase):
    def test_no_openblas_mapped_names_no_kernels(self):
        self.assertEqual("", torch_blas.openblas_core(["/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0"]))

    def test_an_openblas_that_cannot_be_loaded_names_no_kernels(self):
        self.assertEqual("", torch_blas.openblas_core(["/nonexistent/libopenblas.so.0"]))


if __name__ == "__main__":
    unittest.main()
