# Helper for module_getattr_and_main.py: a module-level __getattr__.
x = 1
def __getattr__(name):
    return 'dyn_' + name
