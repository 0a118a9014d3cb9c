"""Print the commands of the README's quick start, one a line, in order."""

import re
import sys
from pathlib import Path

readme = Path(sys.argv[1]).read_text(encoding="utf-8")
quick_start = readme.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
for command in re.findall(r"```console\n([^$\n][^\n]*)\n```", quick_start):
    print(command)
