"""Where an incremental build spends its time: cProfile of `kg build` over a built corpus whose
extraction cache is warm, plus one new article. Prints the phases and the costliest functions.

    .venv/bin/python bench/profile_build.py LIST ARTICLES_DIR NEW_ARTICLE OUT CACHE_DIR
"""
from __future__ import annotations

import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    list_path, articles, new, out, cache_dir = sys.argv[1:6]
    from kg.pipeline import build
    from kg.writer import write_build
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    result = build([list_path], [articles, new], workers=2, cache_path=Path(cache_dir) / "extract.sqlite")
    built = time.perf_counter()
    write_build(result, Path(out))
    profile.disable()
    done = time.perf_counter()
    print(f"build (cache: {result.reused:,} of {len(result.sources_read) - 1:,} articles reused): "
          f"{built - started:.2f} s; write outputs: {done - built:.2f} s; "
          f"{sum(1 for _ in result.graph.statements):,} statements\n")
    text = io.StringIO()
    stats = pstats.Stats(profile, stream=text).sort_stats("cumulative")
    stats.print_stats(r"kg/|pyoxigraph|json|sqlite", 25)
    lines = text.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if "ncalls" in line)
    print("\n".join(line.replace(str(Path(__file__).resolve().parent.parent) + "/", "")
                    for line in lines[start:] if line.strip()))


if __name__ == "__main__":
    main()
