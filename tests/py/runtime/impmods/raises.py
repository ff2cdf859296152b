print('raises: running')
raise ValueError('module failed')
