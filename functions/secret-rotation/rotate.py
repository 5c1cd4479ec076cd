"""Rotation of the platform's generated secrets (kind "generated" of the secrets layer).

Secrets Manager calls this function four times per rotation, once per step, with the secret's ARN, the
ClientRequestToken that names the new version, and the step:

  createSecret  generate a value with GetRandomPassword and store it as the version AWSPENDING
  setSecret     nothing to do: no other system holds a generated value (applications read it from here)
  testSecret    the pending value can be read back and has the configured length
  finishSecret  move AWSCURRENT to the new version

A secret created without a value (the layer never writes one) has no AWSCURRENT: its first rotation, which the
rotation schedule starts right away, gives it its first value. The password length comes from the secret's tag
haevn:password-length. Nothing here logs a secret value.
"""

import logging
import os

LENGTH_TAG = "haevn:password-length"
PENDING = "AWSPENDING"
CURRENT = "AWSCURRENT"

logger = logging.getLogger()
logger.setLevel(logging.INFO)


def handler(event, context, client=None):
    """Runs one rotation step; the client is injected by tests."""
    if client is None:
        import boto3  # in the Lambda runtime; tests pass their own client
        client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION"))
    arn = event["SecretId"]
    token = event["ClientRequestToken"]
    step = event["Step"]

    metadata = client.describe_secret(SecretId=arn)
    if not metadata.get("RotationEnabled"):
        raise ValueError(f"rotation is not enabled for {arn}")
    stages = metadata.get("VersionIdsToStages", {})
    if token not in stages:
        raise ValueError(f"version {token} of {arn} does not exist")
    if CURRENT in stages[token]:
        logger.info("version %s of %s is already AWSCURRENT", token, arn)
        return
    if PENDING not in stages[token]:
        raise ValueError(f"version {token} of {arn} is not AWSPENDING")

    steps = {
        "createSecret": create_secret,
        "setSecret": set_secret,
        "testSecret": test_secret,
        "finishSecret": finish_secret,
    }
    if step not in steps:
        raise ValueError(f"unknown rotation step {step!r}")
    steps[step](client, arn, token, metadata)


def password_length(metadata):
    tags = {tag["Key"]: tag["Value"] for tag in metadata.get("Tags", [])}
    if LENGTH_TAG not in tags:
        raise ValueError(f"secret {metadata['ARN']} has no tag {LENGTH_TAG}")
    return int(tags[LENGTH_TAG])


def create_secret(client, arn, token, metadata):
    """Stores a new random value as AWSPENDING unless this version already has one (a retried step)."""
    try:
        client.get_secret_value(SecretId=arn, VersionId=token, VersionStage=PENDING)
        logger.info("createSecret: version %s of %s already has a value", token, arn)
        return
    except client.exceptions.ResourceNotFoundException:
        pass
    value = client.get_random_password(
        PasswordLength=password_length(metadata),
        ExcludeCharacters="\"'\\/@`",
        RequireEachIncludedType=True,
    )["RandomPassword"]
    client.put_secret_value(SecretId=arn, ClientRequestToken=token, SecretString=value, VersionStages=[PENDING])
    logger.info("createSecret: stored a new value as version %s of %s", token, arn)


def set_secret(client, arn, token, metadata):
    """A generated value lives only in Secrets Manager: there is no other system to tell."""
    logger.info("setSecret: nothing to set for generated secret %s", arn)


def test_secret(client, arn, token, metadata):
    value = client.get_secret_value(SecretId=arn, VersionId=token, VersionStage=PENDING)["SecretString"]
    if len(value) != password_length(metadata):
        raise ValueError(f"version {token} of {arn} does not have the configured length")
    logger.info("testSecret: version %s of %s is readable and complete", token, arn)


def finish_secret(client, arn, token, metadata):
    """Moves AWSCURRENT to the new version (from the old one, if the secret had a value before)."""
    current = next((version for version, stages in metadata.get("VersionIdsToStages", {}).items()
                    if CURRENT in stages), None)
    arguments = {"SecretId": arn, "VersionStage": CURRENT, "MoveToVersionId": token}
    if current is not None:
        arguments["RemoveFromVersionId"] = current
    client.update_secret_version_stage(**arguments)
    logger.info("finishSecret: version %s of %s is AWSCURRENT (was %s)", token, arn, current)
