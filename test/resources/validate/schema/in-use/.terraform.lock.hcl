# written by hand for the test, in the shape terraform init writes
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.100.0"
  constraints = ">= 5.23.1, < 6.0.0"
}
