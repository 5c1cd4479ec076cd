/** Application secrets in Secrets Manager: keys, replicas, rotation functions and the interface endpoint. */
package com.haevn.modules.secrets;
