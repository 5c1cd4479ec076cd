/** AWS's own cost controls: activated cost-allocation tags, a monthly budget with alerts, a cost anomaly monitor. */
package com.haevn.modules.costs;
