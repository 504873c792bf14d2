"""spark-submit's entry point: ``newstrace scan --engine spark`` on a cluster.

    spark-submit --master yarn --deploy-mode cluster \\
        --archives newstrace-env.tar.gz#env --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import newstrace.engines.spark.main as m; print(m.__file__)')" \\
        --input hdfs:///crawl/cc-news/2024/ --output hdfs:///reuse/2024/

The session is the one spark-submit configured (master, executors, memory); BENCHMARKS.md
("Spark engine") gives the configuration and how to ship newstrace and its model to the
executors.  What the scan did is logged on stderr; the exit code is 0, or that of the error.
"""

from __future__ import annotations

import argparse
import logging
import sys

from newstrace.engines.spark import SparkEngine, session
from newstrace.errors import NewstraceError

_log = logging.getLogger("newstrace.spark")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="engines/spark/main.py", description="Every reuse pair of a corpus, on Spark."
    )
    parser.add_argument(
        "--input",
        "-i",
        action="append",
        required=True,
        help="a file, folder, URI (hdfs://, s3a://; globs) or .parquet table; repeatable",
    )
    parser.add_argument("--output", "-o", required=True, help="folder or URI for the files")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="newstrace: %(message)s")
    spark = session()
    try:
        lines = SparkEngine(spark, args.input).scan(args.output)
    except NewstraceError as error:
        _log.error("error: %s", error)
        return error.exit_code
    finally:
        spark.stop()
    for line in lines:
        _log.info(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
