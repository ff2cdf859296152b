# except matches subclasses, tuples of classes, and re-raises what it does not match.
def classify(exc):
    try:
        raise exc
    except (ValueError, KeyError) as e:
        return 'value-or-key ' + type(e).__name__
    except LookupError as e:
        return 'lookup ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__

for exc in [ValueError, KeyError('k'), IndexError(), UnicodeError, ZeroDivisionError(1)]:
    print(classify(exc))
try:
    try:
        raise TypeError('inner')
    except ValueError:
        print('wrong')
except TypeError as e:
    print('outer caught', e)
