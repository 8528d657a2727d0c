/**
 * The network and back-propagation: where to start reading the engine, with the slides beside it. This page maps
 * the first seed's equations (000_a7fa32dd237eadff.txt: the chain rule, eq. 6.44-6.47 and 6.50-6.53, and the
 * 2-2-2 worked example) onto the classes and lines that compute them.
 *
 * <p>{@link org.backproplab.engine.network.NetworkSpec} says the shape, {@link org.backproplab.engine.network.Network}
 * holds the weights and runs the forward and the backward pass, {@link org.backproplab.engine.network.Workspace}
 * keeps every value both passes compute, and {@link org.backproplab.engine.network.Gradients} holds the result,
 * {@code dJ/dW} and {@code dJ/db}. The other packages each hold one factor: {@link org.backproplab.engine.activation}
 * f and f', {@link org.backproplab.engine.loss} E and {@code dE/dout}, {@link org.backproplab.engine.optim} the update,
 * {@link org.backproplab.engine.init} the starting weights, {@link org.backproplab.engine.matrix} the products.
 *
 * <h2>Names: the slides' and the code's</h2>
 * Layer {@code l} counts from 0 at the first hidden layer; the inputs are "layer -1". Each row of a matrix is one
 * sample, so the slides' single sample is row 0. In the 2-2-2 example the slides' h is layer 0 and o is layer 1:
 * <pre>
 *   slides                         code (after Network.forward and Network.backward on a Workspace ws)
 *   i1, i2                         ws.input(), which is ws.layerInput(0)
 *   net_h1, out_h1                 ws.net(0).get(0, 0), ws.out(0).get(0, 0)
 *   E_total                        Loss.value, and what Network.backward returns (the batch mean: one sample, E_total)
 *   dE_total/dout_o1               ws.dOut(1).get(0, 0)
 *   dE_total/dnet_o1, the delta    ws.delta(1).get(0, 0)
 *   dE_total/dw5                   ws.gradients().weights(1).get(0, 0)
 *   w1..w8                         layer 0 weights [[w1, w3], [w2, w4]], layer 1 [[w5, w7], [w6, w8]]
 *   eta, the learning rate         alpha in the optimizers' formulas; weightRate(), biasRate(), rate() in their code
 * </pre>
 * Weights are {@code nIn x nOut}: row i holds the weights leaving input i, column j those entering unit j, so a
 * layer's whole forward step is one product, {@code net = out_prev W + b}.
 *
 * <h2>Forward pass ({@link org.backproplab.engine.network.Network#forward})</h2>
 * <pre>
 *   net_h1 = w1 i1 + w2 i2 + b1     MatrixKernels.multiplyAddRow(ws.layerInput(l), W, b, ws.net(l))
 *   out_h1 = 1 / (1 + e^-net_h1)    layer.activation().forward(ws.net(l), ws.out(l), ...), e.g. Sigmoid.forward
 *   E_total = sum 1/2 (t - out)^2   SumOfSquares.value
 * </pre>
 *
 * <h2>The chain rule, eq. 6.44-6.47 ({@link org.backproplab.engine.network.Network#backward})</h2>
 * <ul>
 *   <li><b>6.44</b>, {@code dz/dx = dz/dy dy/dx}: one link of the chain per step. Through an activation,
 *       {@code dE/dnet = dE/dout * dout/dnet}: {@code Activation.backward}, whose loop is
 *       {@code d[i] = g[i] * derivative(n[i], o[i])} (Sigmoid's: {@code d[i] = g[i] * (o[i] * (1.0 - o[i]))}).
 *       Through a weight, {@code dE/dw = dE/dnet * dnet/dw} with {@code dnet/dw = out_prev}.</li>
 *   <li><b>6.45</b>, {@code dz/dx_i = sum_j dz/dy_j dy_j/dx_i}: a hidden unit feeds every unit of the next layer,
 *       so its error is the sum over them, the slides' {@code dE_total/dout_h1 = dE_o1/dout_h1 + dE_o2/dout_h1 =
 *       sum_o delta_o w_(h1,o)}. In {@code Network.backward}:
 *       {@code MatrixKernels.multiplyTransB(ws.delta(l), layer.weights(), ws.dOut(l - 1), ...)}, that is
 *       {@code dJ/dout(l-1) = delta(l) W(l)^T}.</li>
 *   <li><b>6.46</b>, {@code grad_x z = (dy/dx)^T grad_y z}: the same sums for a whole layer at once. For
 *       {@code net = out_prev W + b} the transposed Jacobian is W itself, which is why that line is one product.
 *       An activation's Jacobian is diagonal, {@code f'(net)}, so its product is element by element
 *       ({@code Activation.backward}); the softmax's is not, and {@code Softmax.backward} multiplies by it in full,
 *       {@code delta_k = out_k (dJ/dout_k - sum_j dJ/dout_j out_j)}.</li>
 *   <li><b>6.47</b>, {@code grad_X z = sum_j (grad_X Y_j) dz/dY_j}, for a tensor X: here X is the weight matrix
 *       and {@code Y = net}, whose element (r, j) depends on column j of W through row r of {@code out_prev}. The sum
 *       over the batch's rows is one product, {@code dJ/dW = out_prev^T delta}:
 *       {@code MatrixKernels.multiplyTransA(ws.layerInput(l), ws.delta(l), gradients.weights(l))}; and
 *       {@code dJ/db = sum over the rows of delta}: {@code MatrixKernels.sumRows(ws.delta(l), gradients.biases(l))}.
 *       </li>
 * </ul>
 *
 * <h2>The deltas</h2>
 * <pre>
 *   output layer L:  dJ/dout(L) = loss'(out(L), target)       Loss.valueAndGradient into ws.dOut(L)
 *                    delta(L)   = dJ/dout(L) * f'(net(L))     slides: 0.74136507 * 0.186815602 = 0.138498562
 *   hidden layer l:  dJ/dout(l) = delta(l+1) W(l+1)^T         slides: dE_total/dout_h1 = 0.036350306
 *                    delta(l)   = dJ/dout(l) * f'(net(l))     slides: 0.036350306 * 0.241300709
 *   every layer:     dJ/dW(l)   = out(l-1)^T delta(l)         slides: dE_total/dw5 = 0.138498562 * out_h1
 *                    dJ/db(l)   = sum over the rows of delta(l)
 * </pre>
 * {@code Network.backward} walks the layers from the last to the first and, for each, makes exactly these four
 * calls in this order: {@code f.backward} (the delta), {@code multiplyTransA} ({@code dJ/dW}), {@code sumRows}
 * ({@code dJ/db}), {@code multiplyTransB} ({@code dJ/dout} of the layer below; skipped for layer 0, below which
 * are only the inputs).
 *
 * <h2>Store, do not recompute: eq. 6.50-6.53</h2>
 * For {@code x = f(w), y = f(x), z = f(y)}: {@code dz/dw} (6.50) {@code = dz/dy dy/dx dx/dw} (6.51)
 * {@code = f'(y) f'(x) f'(w)} (6.52) {@code = f'(f(f(w))) f'(f(w)) f'(w)} (6.53). The engine does 6.52: the forward
 * pass leaves every layer's {@code net} and {@code out} in the {@link org.backproplab.engine.network.Workspace},
 * and the backward pass reads them instead of calling f again; {@code Activation.derivative(net, out)} is given
 * both, so the sigmoid's {@code f' = out (1 - out)} and tanh's {@code 1 - out^2} cost no exponential. The product of
 * one f' per layer in 6.52 is also the vanishing gradient: each sigmoid layer multiplies the deltas passing through
 * it by an f' of at most 1/4, so they shrink layer by layer unless the weights make up for it.
 *
 * <h2>The update, {@code w+ = w - eta * dE/dw}</h2>
 * Back-propagation stops at the gradient; the update is an {@link org.backproplab.engine.optim.Optimizer}'s.
 * Plain gradient descent is {@code Sgd.step}, whose loop (in {@code descend}) is {@code p[i] -= alpha * g[i]}: the
 * slides' eta is the code's {@code alpha}, passed in as {@code weightRate} (and {@code biasRate} for the biases).
 * The slides never update b1 and b2, which is {@code Sgd.holdingBiases()}, a bias rate of 0. They also say to use
 * "the original weights, not the updated weights" while back-propagating: {@code Network.backward} changes no
 * parameter, so every gradient is computed before the optimizer's step changes a weight.
 *
 * <p>J is the mean over a mini-batch's rows, so {@code dJ/dout} carries the 1/m and every gradient above is already
 * that of the mean; with one sample, as on the slides, J is {@code E_total}. The whole worked example, run this way
 * with each printed figure asserted, is {@code SlidesWorkedExampleTest} in this package's tests.
 */
package org.backproplab.engine.network;
