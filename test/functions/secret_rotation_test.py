"""Tests of functions/secret-rotation/rotate.py against an in-memory Secrets Manager (no AWS, no boto3)."""

import importlib.util
import pathlib
import sys
import unittest

SOURCE = pathlib.Path(__file__).resolve().parents[2] / "functions" / "secret-rotation" / "rotate.py"
spec = importlib.util.spec_from_file_location("rotate", SOURCE)
rotate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rotate)


class ResourceNotFoundException(Exception):
    pass


class FakeSecretsManager:
    """One secret: versions with their values and stages, as Secrets Manager keeps them."""

    class exceptions:
        ResourceNotFoundException = ResourceNotFoundException

    def __init__(self, length="48", current=None):
        self.arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:haevn/dev/key-AbCdEf"
        self.tags = [{"Key": "haevn:password-length", "Value": length}] if length else []
        self.values = {}
        self.stages = {}
        if current:
            self.values["v0"] = current
            self.stages["v0"] = ["AWSCURRENT"]

    def start_rotation(self, token):
        """What RotateSecret does before calling the function: the new version id is AWSPENDING, without value."""
        self.stages[token] = ["AWSPENDING"]

    def describe_secret(self, SecretId):
        return {"ARN": self.arn, "RotationEnabled": True, "Tags": self.tags,
                "VersionIdsToStages": {v: list(s) for v, s in self.stages.items()}}

    def get_secret_value(self, SecretId, VersionId=None, VersionStage=None):
        if VersionId not in self.values or VersionStage not in self.stages.get(VersionId, []):
            raise ResourceNotFoundException(VersionId)
        return {"SecretString": self.values[VersionId]}

    def get_random_password(self, PasswordLength, ExcludeCharacters, RequireEachIncludedType):
        assert RequireEachIncludedType
        return {"RandomPassword": ("aB3$" * PasswordLength)[:PasswordLength]}

    def put_secret_value(self, SecretId, ClientRequestToken, SecretString, VersionStages):
        self.values[ClientRequestToken] = SecretString
        self.stages[ClientRequestToken] = list(VersionStages)

    def update_secret_version_stage(self, SecretId, VersionStage, MoveToVersionId, RemoveFromVersionId=None):
        current = [v for v, s in self.stages.items() if VersionStage in s]
        if current and current[0] != RemoveFromVersionId:
            raise AssertionError("AWSCURRENT is on %s; RemoveFromVersionId must name it" % current[0])
        for version in current:
            self.stages[version].remove(VersionStage)
        self.stages[MoveToVersionId].append(VersionStage)

    def current_value(self):
        return next(self.values[v] for v, s in self.stages.items() if "AWSCURRENT" in s)


def rotate_fully(client, token):
    client.start_rotation(token)
    for step in ("createSecret", "setSecret", "testSecret", "finishSecret"):
        rotate.handler({"SecretId": client.arn, "ClientRequestToken": token, "Step": step}, None, client)


class RotationTest(unittest.TestCase):

    def test_first_rotation_gives_a_secret_without_value_its_first_value(self):
        client = FakeSecretsManager()
        rotate_fully(client, "v1")
        self.assertEqual(len(client.current_value()), 48)
        self.assertEqual(client.stages["v1"], ["AWSPENDING", "AWSCURRENT"])

    def test_later_rotation_moves_current_from_the_old_version(self):
        client = FakeSecretsManager(current="old-value")
        rotate_fully(client, "v1")
        self.assertNotEqual(client.current_value(), "old-value")
        self.assertEqual(client.stages["v0"], [])

    def test_a_retried_create_step_keeps_the_pending_value(self):
        client = FakeSecretsManager()
        client.start_rotation("v1")
        event = {"SecretId": client.arn, "ClientRequestToken": "v1", "Step": "createSecret"}
        rotate.handler(event, None, client)
        first = client.values["v1"]
        client.values["v1"] = first + "-kept"
        rotate.handler(event, None, client)
        self.assertEqual(client.values["v1"], first + "-kept")

    def test_a_secret_without_its_length_tag_is_refused(self):
        client = FakeSecretsManager(length=None)
        with self.assertRaisesRegex(ValueError, "haevn:password-length"):
            rotate_fully(client, "v1")

    def test_an_unknown_version_is_refused(self):
        client = FakeSecretsManager()
        with self.assertRaisesRegex(ValueError, "does not exist"):
            rotate.handler({"SecretId": client.arn, "ClientRequestToken": "nope", "Step": "createSecret"}, None,
                           client)

    def test_an_unknown_step_is_refused(self):
        client = FakeSecretsManager()
        client.start_rotation("v1")
        with self.assertRaisesRegex(ValueError, "unknown rotation step"):
            rotate.handler({"SecretId": client.arn, "ClientRequestToken": "v1", "Step": "dance"}, None, client)


if __name__ == "__main__":
    sys.exit(unittest.main())
