/**
 * Sweeps on Apache Spark ({@code -Drunner=spark}): the runner, its task farm, the master URL check and the run store
 * on HDFS or S3 ({@code -Dspark.store}). Depends on the experiments module and nothing depends on it, so that Spark
 * is loaded only where a user asks for a cluster.
 */
package org.backproplab.cluster;
