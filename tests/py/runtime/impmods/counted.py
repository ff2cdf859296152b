print('counted: running', __name__)
value = 42
_private = 1
def hello():
    return 'hello from counted'
