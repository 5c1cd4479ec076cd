/** An encrypted SNS topic for alarms, with a key policy that lets AWS's alert publishers use it. */
package com.haevn.modules.alerts;
