# sys.exit raises SystemExit carrying the code, which can be caught.
import sys
for args in [(), (3,), ('message',)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print('SystemExit', e.args)
print(issubclass(SystemExit, Exception))
