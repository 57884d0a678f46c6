# expect-error
import argparse, logging, sys
logging.getLogger("lib").warning("last resort goes to stderr: %d", 1)
logging.getLogger("lib").info("not shown")
p = argparse.ArgumentParser(description="default prog comes from sys.argv[0]")
p.add_argument("x", help="needed")
p.add_argument("--n", type=int, default=1)
print(p.prog)
p.print_help()
sys.stdout.flush()
p.parse_args(["--n", "2"])
print("not reached")
