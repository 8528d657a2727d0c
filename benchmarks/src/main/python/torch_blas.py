"""Which BLAS a torch process really calls: the build's own words, else the library the process mapped.

Debian's python3-torch says BLAS_INFO=generic in torch.__config__.show(): it links libblas.so.3, whichever
library Debian's alternatives point that at (the reference BLAS, 10-20x slower on the large networks, or
OpenBLAS). So the config alone cannot tell; the mapped library's real path can. Kept free of torch so that it
can be tested without torch installed.
"""
import ctypes
import os
import re


def classify(config_text, mapped_paths):
    """'openblas', 'mkl', 'reference' or 'unknown', from torch.__config__.show() and the process's mapped files."""
    info = re.search(r"BLAS_INFO=(\w+)", config_text)
    built = info.group(1).lower() if info else ""
    if built == "mkl" or "Intel(R) Math Kernel Library" in config_text:
        return "mkl"
    if built in ("open", "openblas") or "OpenBLAS" in config_text:
        return "openblas"
    blas = [p for p in mapped_paths if re.search(r"lib(open)?blas", os.path.basename(p))]
    if any("openblas" in p.lower() for p in blas):
        return "openblas"
    if any(re.search(r"libblas\.so", os.path.basename(p)) for p in blas):
        return "reference"  # a libblas.so.3 that is not OpenBLAS's: netlib's reference BLAS
    return "unknown"


def mapped_paths(maps_text):
    """The real paths of the files in a /proc/PID/maps text (symlinks such as libblas.so.3 resolved)."""
    paths = set()
    for line in maps_text.splitlines():
        fields = line.split(None, 5)
        if len(fields) == 6 and fields[5].startswith("/"):
            paths.add(fields[5].strip())
    return sorted(paths)


def openblas_core(paths):
    """The kernels the mapped OpenBLAS chose (openblas_get_corename), with OPENBLAS_CORETYPE if that forced them;
    '' where no OpenBLAS is mapped or it cannot say."""
    for path in paths:
        if "openblas" in path.lower():
            try:
                lib = ctypes.CDLL(path)
                lib.openblas_get_corename.restype = ctypes.c_char_p
                core = lib.openblas_get_corename().decode()
            except (OSError, AttributeError):
                return ""
            forced = os.environ.get("OPENBLAS_CORETYPE", "")
            return core + (f" (OPENBLAS_CORETYPE={forced})" if forced else "")
    return ""
