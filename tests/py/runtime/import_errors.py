# Missing modules and names raise ImportError; a module that fails is not cached.
import sys
try:
    import no_such_module
except ImportError as e:
    print('ImportError', e)
try:
    from impmods.counted import no_such_name
except ImportError as e:
    print('ImportError', e)
for i in range(2):
    try:
        import impmods.raises
    except ValueError as e:
        print('ValueError', e)
print('impmods.raises' in sys.modules)
