# sys.stdout.write writes text as is and returns its length; stderr goes to stderr.
import sys
n = sys.stdout.write('hello\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write('\n')
print(sys.stdout.write(''))
