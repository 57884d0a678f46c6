# uncaught user-defined exception with a multi-line message
class ValidationError(Exception):
    pass

def validate(age):
    if age < 0:
        raise ValidationError(f"age must be >= 0\ngot {age}")

validate(5)
validate(-1)
