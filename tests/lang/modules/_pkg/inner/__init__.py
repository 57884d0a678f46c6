inner_flag = True
