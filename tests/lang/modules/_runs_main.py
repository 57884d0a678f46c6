def main():
    return "main() called"
if __name__ == "__main__":
    print("run as script")
else:
    print("imported, __name__ =", __name__)
