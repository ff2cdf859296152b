# try with except clauses (typed, tuple, named, bare), else and finally
def t(exc):
    try:
        if exc:
            raise exc
    except ValueError as e:
        print('ValueError', e)
    except (TypeError, KeyError):
        print('TypeError or KeyError')
    except:
        print('other')
    else:
        print('no exception')
    finally:
        print('finally')
t(None)
t(ValueError('v'))
t(KeyError('k'))
t(IndexError())
try:
    pass
finally:
    print('only finally')
try:
    raise RuntimeError('r') from None
except RuntimeError as e:
    print('caught', e)
