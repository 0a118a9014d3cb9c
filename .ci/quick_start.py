"""Print the commands of the README's quick start, one a line, in order."""

import re
import sys

readme = open(sys.argv[1], encoding="utf-8").read()
quick_start = readme.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
for command in re.findall(r"```console\n([^$\n][^\n]*)\n```", quick_start):
    print(command)
